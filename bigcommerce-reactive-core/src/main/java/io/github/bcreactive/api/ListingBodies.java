package io.github.bcreactive.api;

import java.util.List;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;

/** What both versions' listing decoders share: the first character of a body, and a JSON array of items. */
final class ListingBodies {

    private ListingBodies() {
    }

    /** The first character that is not whitespace, or -1 for a blank body. */
    static int firstChar(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    /** The failure for a 2xx listing response with a blank body: only a 204 may be empty. */
    static DecodeException blank(RawResponse raw) {
        return new DecodeException("A " + raw.status() + " listing response had an empty body; only a 204 or an "
                + "empty list ends a listing", raw.path(), raw.text(), null);
    }

    /** The failure for a listing body that is neither an array nor an object. */
    static DecodeException notAListing(RawResponse raw) {
        return new DecodeException("A " + raw.status() + " listing response is not a JSON array or object",
                raw.path(), raw.text(), null);
    }

    /** A JSON array of items. */
    static <T> List<T> items(RawResponse raw, JavaType itemType, Transport transport) {
        try {
            return transport.mapper().readValue(raw.body(),
                    transport.mapper().getTypeFactory().constructCollectionType(List.class, itemType));
        } catch (JacksonException e) {
            throw transport.decodeFailure(raw, e);
        }
    }
}
