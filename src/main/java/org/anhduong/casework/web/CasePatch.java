package org.anhduong.casework.web;

import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseRecord;
import org.anhduong.platform.web.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * JSON merge-patch (RFC 7396) of a case's changeable state: status, priority, riskLevel, assignedWorkerId,
 * supervisorId. A member set to null empties it (unassigns); any other member is refused, so a client learns at once
 * that it cannot change, say, the case number.
 */
final class CasePatch {

    private static final Set<String> FIELDS = Set.of("status", "priority", "riskLevel", "assignedWorkerId", "supervisorId");

    private CasePatch() {
    }

    static CaseChanges apply(JsonMapper json, JsonNode patch, CaseRecord current) {
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInputException("body", "validation.format");
        }
        ObjectNode document = json.valueToTree(CaseChanges.of(current));
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!FIELDS.contains(member.getKey())) {
                throw new InvalidInputException(member.getKey(), "casework.patch.notChangeable");
            }
            if (member.getValue().isNull()) {
                document.remove(member.getKey());
            } else {
                document.set(member.getKey(), member.getValue());
            }
        }
        for (String required : new String[] {"status", "priority", "riskLevel"}) {
            if (!document.has(required)) {
                throw new InvalidInputException(required, "validation.required");
            }
        }
        return json.treeToValue(document, CaseChanges.class);
    }
}
