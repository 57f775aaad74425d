package org.tiptracker.map.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The world map the page draws: npm {@code world-atlas} 2.0.2, countries at 1:110 million, whose
 * feature ids are ISO 3166 numeric codes (UN M49). Knows which codes the map draws, so that the
 * participants too small for that scale are listed beside it.
 */
@Component
public class WorldAtlas {

    /** Where the build puts the package's file (served at the same path under the site). */
    public static final String PATH = "/vendor/world-atlas/package/countries-110m.json";

    private volatile Set<String> drawn;

    /** The M49 codes drawn on the map. */
    public Set<String> drawnCodes() {
        Set<String> codes = drawn;
        if (codes == null) {
            codes = read();
            drawn = codes;
        }
        return codes;
    }

    private static Set<String> read() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = new ClassPathResource("static" + PATH).getInputStream()) {
            JsonNode geometries = new ObjectMapper().readTree(in).path("objects").path("countries").path("geometries");
            for (JsonNode g : geometries) {
                if (g.hasNonNull("id")) {
                    codes.add(g.get("id").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the world atlas is missing from the build", e);
        }
        return Set.copyOf(codes);
    }
}
