package org.tiptracker.web.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * A build step, not part of the running application: writes a {@code .gz} and a {@code .br} copy
 * next to every stylesheet, script and JSON file, so that the resource chain sends the compressed
 * file as it is instead of compressing on every request. Run by the build (exec-maven-plugin, see
 * tracker-web/pom.xml) with pairs of directories {@code from=to}: the files found under
 * {@code from} are compressed into the same relative place under {@code to}.
 */
public final class PrecompressAssets {

    private static final Set<String> TEXT = Set.of("css", "js", "json", "svg", "mjs");
    private static final int SMALLEST = 1024;

    private PrecompressAssets() {
    }

    public static void main(String[] args) throws IOException {
        Brotli4jLoader.ensureAvailability();
        Encoder.Parameters brotli = new Encoder.Parameters().setQuality(11);
        int written = 0;
        for (String pair : args) {
            String[] parts = pair.split("=", 2);
            Path from = Path.of(parts[0]);
            Path to = Path.of(parts.length > 1 ? parts[1] : parts[0]);
            if (!Files.isDirectory(from)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(from)) {
                files = walk.filter(Files::isRegularFile).filter(PrecompressAssets::isText).toList();
            }
            for (Path file : files) {
                Path target = to.resolve(from.relativize(file));
                if (upToDate(file, target)) {
                    continue; // compressed by an earlier build from the same file
                }
                byte[] content = Files.readAllBytes(file);
                if (content.length < SMALLEST) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                written += write(target, ".gz", gzip(content), content.length);
                written += write(target, ".br", Encoder.compress(content, brotli), content.length);
            }
        }
        System.out.println("Pre-compressed static files written: " + written + " (the others were up to date)");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    private static boolean upToDate(Path file, Path target) throws IOException {
        Path gz = target.resolveSibling(target.getFileName() + ".gz");
        Path br = target.resolveSibling(target.getFileName() + ".br");
        return Files.exists(gz) && Files.exists(br)
                && Files.getLastModifiedTime(gz).compareTo(Files.getLastModifiedTime(file)) >= 0
                && Files.getLastModifiedTime(br).compareTo(Files.getLastModifiedTime(file)) >= 0;
    }

    private static int write(Path target, String extension, byte[] compressed, int originalLength) throws IOException {
        if (compressed.length >= originalLength) {
            return 0;
        }
        Files.write(target.resolveSibling(target.getFileName() + extension), compressed);
        return 1;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
