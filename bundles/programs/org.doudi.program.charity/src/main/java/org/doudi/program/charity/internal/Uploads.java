package org.doudi.program.charity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;

/** An uploaded CSV file read as UTF-8 text, refused with 413 above a size and 422 when it is not UTF-8. */
final class Uploads {
    /** 5 MiB: some 50,000 lines of aid, far more than an organisation's monthly file. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    static String text(InputStream in, int maxBytes) {
        if (in == null) {
            throw new ValidationException("(body)", "required", "a text/csv body is required");
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file failed", e);
        }
        if (bytes.length > maxBytes) {
            throw new DoudiException(413, "payload-too-large", "the file is larger than " + maxBytes
                    + " bytes; split it");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("(body)", "encoding", "the file must be UTF-8 text");
        }
    }
}
