package org.doudi.registry.internal.monitoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.api.monitoring.FeedRecord;

/** Reading stored feed uploads: counting a CSV's lines, streaming a JSON submission's records. */
final class FeedFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with each JSON record. */
    interface RecordSink {
        /** @return false to stop */
        boolean accept(int index, FeedRecord record) throws Exception;
    }

    private FeedFiles() {
    }

    /** The number of lines of a file (a last line without a line break counts). */
    static long lines(Path file) throws IOException {
        long lines = 0;
        boolean open = false;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        open = false;
                    } else {
                        open = true;
                    }
                }
            }
        }
        return open ? lines + 1 : lines;
    }

    /** Streams the {@code records} of a stored {@code FeedSubmission}, one at a time. */
    static void records(Path file, RecordSink sink) throws Exception {
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the stored feed is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (!"records".equals(field) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    FeedRecord r = p.currentToken() == JsonToken.VALUE_NULL ? null : JSON.readValue(p, FeedRecord.class);
                    if (!sink.accept(index++, r)) {
                        return;
                    }
                }
            }
        }
    }
}
