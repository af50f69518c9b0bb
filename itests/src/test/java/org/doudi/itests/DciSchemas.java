package org.doudi.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pinned DCI OpenAPI documents ({@code ../shared/dci}, property {@code doudi.dci.specs}) as JSON schemas:
 * a body is validated against a schema inside a document, named by its JSON pointer, with the OpenAPI 3.0
 * dialect (so {@code nullable}, {@code example} and the like mean what they mean there), every {@code $ref}
 * resolved inside the same document.
 */
final class DciSchemas {
    static final String SOCIAL = "social_api_v1.0.0.yaml";
    static final String CORE = "registry_core_api_v1.0.0.yaml";
    private static final String BASE = "https://dci.spec.test/";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();

    private DciSchemas(Map<String, String> documents) {
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
                .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                .schemaLoaders(l -> l.schemas(documents)));
    }

    static DciSchemas load(Path dir) throws IOException {
        Map<String, String> documents = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        YAMLMapper yaml = new YAMLMapper();
        for (String file : new String[] {SOCIAL, CORE}) {
            JsonNode doc = yaml.readTree(Files.readString(dir.resolve(file)));
            documents.put(BASE + file, json.writeValueAsString(doc));
        }
        return new DciSchemas(documents);
    }

    /** The schema of the default answer of the POST operation at {@code path}. */
    static String response(String path) {
        return "/paths/" + path.replace("/", "~1") + "/post/responses/default/content/application~1json/schema";
    }

    /** The schema of the request body of the POST operation at {@code path} (how callbacks must look). */
    static String request(String path) {
        return "/paths/" + path.replace("/", "~1") + "/post/requestBody/content/application~1json/schema";
    }

    /** The acknowledgement (ACK / NACK / ERR) every asynchronous endpoint answers with. */
    static final String ACK = "/components/responses/Response/content/application~1json/schema";

    /** Fails with every violation when {@code body} does not validate against {@code pointer} in {@code file}. */
    void assertValid(String file, String pointer, JsonNode body) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + file + "#" + pointer), config);
        Set<ValidationMessage> errors = schema.validate(body);
        assertTrue("not valid against " + file + "#" + pointer + ": " + errors + "\nbody: " + body, errors.isEmpty());
    }

    /** Fails unless {@code body} violates the schema (to show the validator is not blind). */
    void assertInvalid(String file, String pointer, JsonNode body) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + file + "#" + pointer), config);
        assertTrue("expected violations of " + file + "#" + pointer + " for " + body, !schema.validate(body).isEmpty());
    }
}
