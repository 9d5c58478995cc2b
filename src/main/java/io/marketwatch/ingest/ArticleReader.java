package io.marketwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.marketwatch.article.Article;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one input file into articles, picking the parser by the file's extension. Never throws for
 * bad input: whatever cannot be read becomes a skip with a one-line reason. Thread-safe.
 */
public final class ArticleReader {

    private final IngestLimits limits;
    private final Map<String, ArticleParser> parsersByExtension;

    /** A reader for every supported format (txt, md, html, RSS/Atom xml, NewsAPI json). */
    public ArticleReader(IngestLimits limits) {
        this(limits, defaultParsers());
    }

    ArticleReader(IngestLimits limits, List<ArticleParser> parsers) {
        this.limits = limits;
        Map<String, ArticleParser> byExtension = new HashMap<>();
        for (ArticleParser parser : parsers) {
            parser.extensions().forEach(extension -> byExtension.put(extension, parser));
        }
        this.parsersByExtension = Map.copyOf(byExtension);
    }

    private static List<ArticleParser> defaultParsers() {
        JsonMapper json = JsonMapper.builder().build();
        return List.of(new PlainTextParser(), new MarkdownParser(), new HtmlParser(json), new FeedParser(),
                new NewsApiJsonParser(json));
    }

    /**
     * The articles in the file, or the reason it is skipped.
     *
     * @param referenceDate the run's as-of date; gives a year to a year-less dateline ("SEOUL, March 3 (Reuters) -")
     */
    public ParsedFile read(InputFile file, LocalDate referenceDate) {
        String name = file.relativePath();
        if (file.hasProblem()) {
            return ParsedFile.skipped(name, file.problem());
        }
        String extension = extension(name);
        ArticleParser parser = parsersByExtension.get(extension);
        if (parser == null) {
            return ParsedFile.skipped(name, extension.isEmpty()
                    ? "unsupported file type (no extension): expected .txt, .md, .html, .xml or .json"
                    : "unsupported file type ." + extension);
        }
        try {
            return parse(parser, file.path(), name, readBytes(file), referenceDate);
        } catch (UnreadableInputException e) {
            return ParsedFile.skipped(name, e.getMessage());
        } catch (IOException e) {
            return ParsedFile.skipped(name, "cannot be read: " + ioProblem(e));
        }
    }

    /**
     * The articles in bytes that did not come from the input folder (a fetched feed or page), read
     * as a file of that name would be: the name's extension picks the parser.
     */
    public ParsedFile read(String name, byte[] bytes, LocalDate referenceDate) {
        ArticleParser parser = parsersByExtension.get(extension(name));
        if (parser == null) {
            return ParsedFile.skipped(name, "unsupported file type ." + extension(name));
        }
        if (bytes.length > limits.maxFileBytes()) {
            return ParsedFile.skipped(name, tooLarge(bytes.length).getMessage());
        }
        return parse(parser, Path.of(name), name, bytes, referenceDate);
    }

    private ParsedFile parse(ArticleParser parser, Path path, String name, byte[] bytes, LocalDate referenceDate) {
        try {
            String problem = contentProblem(bytes);
            if (problem != null) {
                return ParsedFile.skipped(name, problem);
            }
            List<Article> articles = parser.parse(new InputDocument(path, name, bytes, referenceDate));
            problem = limitProblem(articles);
            return problem != null ? ParsedFile.skipped(name, problem) : ParsedFile.read(name, articles);
        } catch (UnreadableInputException e) {
            return ParsedFile.skipped(name, e.getMessage());
        } catch (RuntimeException e) {
            return ParsedFile.skipped(name, "cannot be read: " + e.getClass().getSimpleName() + ": "
                    + Reasons.firstLine(e.getMessage()));
        }
    }

    /** The file's bytes, at most the size limit; over it, a skip (the file is never truncated). */
    private byte[] readBytes(InputFile file) throws IOException, UnreadableInputException {
        long size = Files.size(file.path());
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        }
    }

    private UnreadableInputException tooLarge(long size) {
        return new UnreadableInputException("file is larger than the " + describeBytes(limits.maxFileBytes())
                + " limit (" + Reasons.count(size) + " bytes)");
    }

    private static String contentProblem(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty file";
        }
        String binary = FileSignature.binaryReason(bytes);
        if (binary != null) {
            return "not a text file: " + binary;
        }
        return TextDecoding.isBlank(bytes) ? "no text in the file: only whitespace" : null;
    }

    private String limitProblem(List<Article> articles) {
        if (articles.size() > limits.maxArticlesPerFile()) {
            return "file holds " + Reasons.count(articles.size()) + " articles, more than the limit of "
                    + Reasons.count(limits.maxArticlesPerFile());
        }
        for (Article article : articles) {
            if (article.body().length() > limits.maxTextChars()) {
                return "article \"" + article.title() + "\" is longer than the limit of "
                        + Reasons.count(limits.maxTextChars()) + " characters (" + Reasons.count(article.body().length())
                        + ")";
            }
        }
        return null;
    }

    private static String extension(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        int dot = relativePath.lastIndexOf('.');
        return dot > slash + 1 ? relativePath.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String describeBytes(long bytes) {
        long mb = 1024L * 1024;
        return bytes % mb == 0 ? Reasons.count(bytes / mb) + " MB" : Reasons.count(bytes) + " bytes";
    }

    private static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return Reasons.firstLine(e.getMessage());
    }
}
