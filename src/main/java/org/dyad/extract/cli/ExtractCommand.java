package org.dyad.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.dyad.extract.ArticleParser;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code dyad extract [--published YYYY-MM-DD] [--lang auto|ar|ru|en] FILE...}: one JSON line per
 * file on standard output, diagnostics on standard error, no database and no web server. A file
 * that cannot be read or parsed gives {@code {"file": ..., "error": ...}} and the others go on; the
 * exit status is 1 when any failed, 2 on a usage error.
 */
public final class ExtractCommand {

    /** Larger inputs are refused: an article is a few pages, not a book. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExtractCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        String lang = "auto";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--published" -> {
                    if (++i >= args.size()) {
                        return usage(err, "--published needs a date (YYYY-MM-DD)");
                    }
                    try {
                        published = LocalDate.parse(args.get(i));
                    } catch (DateTimeParseException e) {
                        return usage(err, "--published: not a date (YYYY-MM-DD): " + args.get(i));
                    }
                }
                case "--lang" -> {
                    if (++i >= args.size() || !List.of("auto", "ar", "ru", "en").contains(args.get(i))) {
                        return usage(err, "--lang takes auto, ar, ru or en");
                    }
                    lang = args.get(i);
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        return usage(err, "unknown option " + a);
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            return usage(err, "no FILE given");
        }
        ArticleParser parser = ArticleParser.fromReferenceFiles();
        boolean failed = false;
        for (String file : files) {
            ObjectNode line;
            try {
                String text = read(Path.of(file));
                line = ArticleJson.of(file, parser.parse(text, lang, published));
            } catch (InputException e) {
                line = error(file, e.getMessage());
                failed = true;
            } catch (RuntimeException e) {
                err.println("dyad extract: " + file + ": " + e);
                line = error(file, "the parser failed on this file: " + e.getClass().getSimpleName());
                failed = true;
            }
            out.println(MAPPER.writeValueAsString(line));
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static ObjectNode error(String file, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("error", message);
        return o;
    }

    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    /** Reads a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
    static String read(Path path) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException("file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException("binary file (contains NUL bytes), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException("not UTF-8 text (legacy encodings are accepted by the upload, not here yet)");
        }
    }

    private static int usage(PrintStream stream, String problem) {
        if (problem != null) {
            stream.println("dyad extract: " + problem);
        }
        stream.println("usage: java -jar dyad.jar extract [--published YYYY-MM-DD] [--lang auto|ar|ru|en] FILE...");
        return problem == null ? 0 : 2;
    }
}
