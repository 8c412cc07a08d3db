package io.github.bcreactive.http;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A file to upload in a {@code multipart/form-data} request (a product, brand or category image, a store logo, a
 * theme, a redirect import), with the form fields sent beside it. The operation decides the file's part name
 * ({@code image_file}, {@code LogoFile}, ...); the methods that upload take a {@code FileUpload} and name the part
 * themselves.
 *
 * <p>A file on disk is read when the request is written, without blocking a thread, and again on each attempt, so
 * an upload the retry rules allow to be repeated sends the whole file again. Bytes are copied when the upload is
 * made. Neither the content nor the field values appear in {@link #toString()}.
 *
 * <pre>{@code
 * FileUpload image = FileUpload.of(Path.of("front.png"))   // image/png, from the file name
 *         .withField("is_thumbnail", true)
 *         .withField("description", "Front");
 * client.catalog().createProductImage(77, image);
 * }</pre>
 */
public final class FileUpload {

    private final byte[] bytes;
    private final Path file;
    private final String filename;
    private final MediaType contentType;
    private final Map<String, String> fields;

    private FileUpload(byte[] bytes, Path file, String filename, MediaType contentType, Map<String, String> fields) {
        this.bytes = bytes;
        this.file = file;
        this.filename = filename;
        this.contentType = contentType;
        this.fields = fields;
    }

    /**
     * A file given as bytes.
     *
     * @param content the file's content; copied
     * @param filename the file name the part declares, e.g. {@code front.png}
     * @param contentType the file's media type, e.g. {@code image/png}
     * @return the upload, with no form fields
     * @throws IllegalArgumentException when the file name is blank or the media type malformed
     */
    public static FileUpload of(byte[] content, String filename, String contentType) {
        Objects.requireNonNull(content, "'content' cannot be null.");
        return new FileUpload(content.clone(), null, requireName(filename), mediaType(contentType), Map.of());
    }

    /**
     * A file on disk, its media type taken from its name ({@code application/octet-stream} when the name tells none).
     * Nothing is read until the request is sent.
     *
     * @param file the file
     * @return the upload, with no form fields
     */
    public static FileUpload of(Path file) {
        String name = fileName(file);
        return new FileUpload(null, file, name, MediaTypeFactory.getMediaType(name)
                .orElse(MediaType.APPLICATION_OCTET_STREAM), Map.of());
    }

    /**
     * A file on disk with the given media type. Nothing is read until the request is sent.
     *
     * @param file the file
     * @param contentType the file's media type, e.g. {@code text/csv}
     * @return the upload, with no form fields
     */
    public static FileUpload of(Path file, String contentType) {
        return new FileUpload(null, file, fileName(file), mediaType(contentType), Map.of());
    }

    /**
     * This upload with one more form field, sent as a text part beside the file (e.g. a product image's
     * {@code description} or {@code is_thumbnail}); a field of the same name is replaced.
     *
     * @param name the field's name
     * @param value the field's value, sent as its {@code toString()}
     * @return a new upload
     */
    public FileUpload withField(String name, Object value) {
        requireName(name);
        Objects.requireNonNull(value, "'value' cannot be null.");
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, String.valueOf(value));
        return new FileUpload(bytes, file, filename, contentType, Map.copyOf(more));
    }

    /**
     * The file name the file's part declares.
     *
     * @return e.g. {@code front.png}
     */
    public String filename() {
        return filename;
    }

    /**
     * The file's media type.
     *
     * @return e.g. {@code image/png}
     */
    public String contentType() {
        return contentType.toString();
    }

    /**
     * The form fields sent beside the file.
     *
     * @return the fields (read-only)
     */
    public Map<String, String> fields() {
        return fields;
    }

    /** The content when given as bytes, or {@code null}. */
    byte[] bytes() {
        return bytes;
    }

    /** The file when given as a path, or {@code null}. */
    Path file() {
        return file;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileUpload that && Arrays.equals(bytes, that.bytes) && Objects.equals(file, that.file)
                && filename.equals(that.filename) && contentType.equals(that.contentType)
                && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), file, filename, contentType, fields);
    }

    @Override
    public String toString() {
        return "FileUpload[" + filename + ", " + contentType + (bytes != null ? ", " + bytes.length + " bytes" : "")
                + ", fields " + new TreeSet<>(fields.keySet()) + "]";
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"')) {
            throw new IllegalArgumentException("'" + name + "' is not a usable name: it must not be blank, hold a "
                    + "quote or a control character.");
        }
        return name;
    }

    private static String fileName(Path file) {
        Objects.requireNonNull(file, "'file' cannot be null.");
        if (file.getFileName() == null) {
            throw new IllegalArgumentException("'file' names no file: " + file + ".");
        }
        return requireName(file.getFileName().toString());
    }

    private static MediaType mediaType(String contentType) {
        Objects.requireNonNull(contentType, "'contentType' cannot be null.");
        if (contentType.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("'contentType' cannot hold a control character.");
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'contentType' is not a media type: " + e.getMessage(), e);
        }
    }
}
