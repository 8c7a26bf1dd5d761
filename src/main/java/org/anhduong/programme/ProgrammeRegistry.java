package org.anhduong.programme;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * The registry of models.
 *
 * <p><b>Who</b>: {@code PROGRAMME_OFFICER} and {@code ADMINISTRATOR} record and change; they, {@code VIEWER} and
 * {@code SUPERVISOR} read. Anyone else gets {@link ForbiddenException}, audited DENIED.
 *
 * <p><b>Audit</b> (record type {@code programme-model}): {@code programme.model.create}, {@code programme.model.update}.
 */
public interface ProgrammeRegistry {

    /** @throws InvalidInputException naming every bad field */
    Model create(ModelDetails details);

    /**
     * Replaces a model's details. A status or status day different from the current one is appended to its history;
     * the same status from the same day changes nothing; a status day before the current one's is refused.
     *
     * @throws ConflictException {@code stale-version}
     */
    Model update(long id, int version, ModelDetails details);

    /** @throws NotFoundException when there is none */
    Model find(long id);

    /** Every model, by name. */
    List<Model> models();
}
