package io.github.bcreactive.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/**
 * Writes a {@code multipart/form-data} body (RFC 7578): the upload's form fields as text parts, in name order, then
 * its file. Written here rather than by Spring's multipart writer because that one draws each boundary from a
 * {@code SecureRandom}, which may read {@code /dev/urandom} on the event loop; a boundary only has to be absent from
 * the content, so 32 random characters of a fast generator do. A file on disk is read while it is written, through
 * an asynchronous channel, and fresh for each attempt.
 */
final class MultipartBody {

    private static final char[] BOUNDARY_CHARS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int READ_CHUNK = 16 * 1024;

    private final String boundary;
    private final String partName;
    private final FileUpload file;

    private MultipartBody(String boundary, String partName, FileUpload file) {
        this.boundary = boundary;
        this.partName = partName;
        this.file = file;
    }

    /** A body for one attempt, with a boundary of its own. */
    static MultipartBody of(String partName, FileUpload file) {
        StringBuilder boundary = new StringBuilder("bcreactive-");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 32; i++) {
            boundary.append(BOUNDARY_CHARS[random.nextInt(BOUNDARY_CHARS.length)]);
        }
        return new MultipartBody(boundary.toString(), partName, file);
    }

    /** The request's content type, naming the boundary. */
    MediaType contentType() {
        return new MediaType(MediaType.MULTIPART_FORM_DATA, Map.of("boundary", boundary));
    }

    /** The body's bytes; nothing is read until subscription. */
    Flux<DataBuffer> write(DataBufferFactory buffers) {
        StringBuilder head = new StringBuilder();
        new TreeMap<>(file.fields()).forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/plain;charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(partName).append("\"; filename=\"")
                .append(file.filename()).append("\"\r\n")
                .append("Content-Type: ").append(file.contentType()).append("\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        Flux<DataBuffer> content = file.bytes() != null ? Flux.defer(() -> Flux.just(buffers.wrap(file.bytes())))
                : DataBufferUtils.read(file.file(), buffers, READ_CHUNK);
        return Flux.concat(Flux.defer(() -> Flux.just(text(buffers, head.toString()))), content,
                Flux.defer(() -> Flux.just(text(buffers, tail))));
    }

    private static DataBuffer text(DataBufferFactory buffers, String text) {
        return buffers.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
