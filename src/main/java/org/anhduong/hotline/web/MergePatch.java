package org.anhduong.hotline.web;

import org.anhduong.hotline.ContactChanges;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.platform.web.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * JSON merge-patch (RFC 7396) of a contact: the stored details as JSON, the patch merged in (a member set to null is
 * removed, so the field goes back to empty or its default), read back as a draft. A value of the wrong type fails in
 * Jackson with the field's path, which the API answers as a field error.
 */
final class MergePatch implements ContactChanges {

    private final JsonMapper json;
    private final ObjectNode patch;

    private MergePatch(JsonMapper json, ObjectNode patch) {
        this.json = json;
        this.patch = patch;
    }

    static MergePatch of(JsonMapper json, JsonNode patch) {
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInputException("body", "validation.format");
        }
        return new MergePatch(json, object);
    }

    @Override
    public ContactDraft applyTo(ContactDraft current) {
        ObjectNode document = json.valueToTree(current);
        merge(document, patch);
        return json.treeToValue(document, ContactDraft.class);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.remove(member.getKey());
            } else if (value instanceof ObjectNode child && target.get(member.getKey()) instanceof ObjectNode existing) {
                merge(existing, child);
            } else {
                target.set(member.getKey(), value);
            }
        }
    }
}
