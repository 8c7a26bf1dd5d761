package org.anhduong.programme.web;

import java.util.List;

/**
 * The form of a new model (id null) or of a stored one; read-only unless {@code editor}; {@code stale} when someone
 * else saved the model first.
 */
public record ModelFormPage(@org.jspecify.annotations.Nullable Long id, boolean editor, boolean stale, ModelForm form, List<Choice> kinds, List<Choice> statuses, String communeName,
                            FormErrors errors) {
}
