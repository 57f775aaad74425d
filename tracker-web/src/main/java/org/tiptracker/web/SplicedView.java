package org.tiptracker.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.View;

/**
 * A layout rendered for this request with a section kept from an earlier one written into it
 * ({@link RenderedSections#page}). The layout's view writes into memory, where it printed
 * {@link #MARK} in place of the section; the response then gets the layout before the mark, the
 * section's bytes as they were kept, and the layout after it, in three writes. Writing a page of
 * some 150 KB through the filters' response wrappers character by character, and encoding it
 * again, cost more than rendering the layout.
 */
record SplicedView(View layout, byte[] section) implements View {

    /** What the layout prints where the section goes (a comment, were it ever left in a page). */
    static final String MARK = "<!--tracker:section-->";

    @Override
    public String getContentType() {
        return layout.getContentType();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        CharArrayWriter text = new CharArrayWriter(16 * 1024);
        PrintWriter writer = new PrintWriter(text);
        layout.render(model, request, new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public ServletOutputStream getOutputStream() {
                throw new IllegalStateException("The layout writes text");
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }

            @Override
            public void resetBuffer() {
                text.reset();
            }

            @Override
            public boolean isCommitted() {
                return false;
            }
        });
        writer.flush();
        String page = text.toString();
        int at = page.indexOf(MARK);
        byte[] before = (at < 0 ? page : page.substring(0, at)).getBytes(StandardCharsets.UTF_8);
        byte[] after = at < 0 ? new byte[0] : page.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8);
        byte[] middle = at < 0 ? new byte[0] : section;
        response.setContentLength(before.length + middle.length + after.length);
        ServletOutputStream out = response.getOutputStream();
        out.write(before);
        out.write(middle);
        out.write(after);
    }
}
