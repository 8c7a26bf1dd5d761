package org.anhduong.casework.web;

import org.anhduong.casework.ClientDetails;
import org.anhduong.platform.web.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * JSON merge-patch (RFC 7396) of a client's details. Members left out keep their value; a member set to null empties it
 * (for the names: removes the stored name). The names are not in the stored details a client reads, so they stay null
 * (= as stored) unless the patch names them. Any other member is refused.
 */
final class ClientPatch {

    private static final Set<String> FIELDS = Set.of("fullName", "otherNames", "sex", "dateOfBirth", "ageGroup",
            "idNumber", "phones", "address", "ethnicity", "nationality", "disability", "disabilityKind", "communeCode",
            "maritalStatus", "occupation");
    private static final Set<String> NAMES = Set.of("fullName", "otherNames");

    private ClientPatch() {
    }

    static ClientDetails apply(JsonMapper json, JsonNode patch, ClientDetails current) {
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInputException("body", "validation.format");
        }
        ObjectNode document = json.valueToTree(current.withFullName(null).withOtherNames(null));
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String field = member.getKey();
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, "casework.patch.notChangeable");
            }
            if (member.getValue().isNull() && NAMES.contains(field)) {
                document.put(field, "");
            } else if (member.getValue().isNull()) {
                document.remove(field);
            } else {
                document.set(field, member.getValue());
            }
        }
        return json.treeToValue(document, ClientDetails.class);
    }
}
