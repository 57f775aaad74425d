package org.tiptracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Splits a text that mixes scripts (an English source line citing an Arabic sub-paragraph,
 * "para. 15 (أ)") into runs, so that a page marks each Arabic run as Arabic
 * ({@code fragments/text :: runs}) instead of mixing it unmarked into English text.
 */
@Component("textRuns")
public class TextRuns {

    /** A run of text; {@code arabic} when it holds Arabic letters (with the spaces and marks between them). */
    public record Run(String text, boolean arabic) {
    }

    private static final Pattern ARABIC = Pattern.compile(
            "[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]"
            + "(?:[\\s\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]*"
            + "[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF])?");

    public List<Run> of(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        Matcher m = ARABIC.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Run(text.substring(at, m.start()), false));
            }
            runs.add(new Run(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
