package org.anhduong.programme.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.Localities;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.programme.Model;
import org.anhduong.programme.ModelDetails;
import org.anhduong.programme.ProgrammeRegistry;
import org.anhduong.programme.StatusSpan;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The registry of models (see {@link ProgrammeRegistry}). */
@Service
class RegistryService implements ProgrammeRegistry {

    static final String TYPE = "programme-model";

    private final Models models;
    private final Codes codes;
    private final Localities localities;
    private final UserDirectory directory;
    private final ProgrammeAccess access;
    private final AuditTrail audit;
    private final ProgrammeTransactions tx;
    private final Clock clock;

    RegistryService(Models models, Codes codes, Localities localities, UserDirectory directory, ProgrammeAccess access,
                    AuditTrail audit, ProgrammeTransactions tx, Clock clock) {
        this.models = models;
        this.codes = codes;
        this.localities = localities;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Model create(ModelDetails details) {
        UserPrincipal user = access.editor("programme.model.create", TYPE, null);
        ModelDetails valid = ModelRules.checked(details, codes, localities, directory);
        return tx.run(() -> {
            long id = models.insert(valid, user.userId(), now());
            models.appendStatus(id, valid.status(), valid.statusFrom());
            audit.record(AuditEntry.success("programme.model.create", TYPE, id));
            return models.find(id).orElseThrow();
        });
    }

    @Override
    public Model update(long id, int version, ModelDetails details) {
        UserPrincipal user = access.editor("programme.model.update", TYPE, id);
        ModelDetails valid = ModelRules.checked(details, codes, localities, directory);
        return tx.run(() -> {
            Model stored = models.find(id).orElseThrow(() -> new NotFoundException(TYPE));
            StatusSpan current = stored.currentStatus();
            if (valid.statusFrom().isBefore(current.from())) {
                throw new InvalidInputException("statusFrom", "programme.model.statusBeforeCurrent");
            }
            if (!models.update(id, version, valid, user.userId(), now())) {
                throw ConflictException.staleVersion();
            }
            if (valid.statusFrom().equals(current.from())) {
                models.restate(id, valid.status(), current.from());
            } else if (valid.status() != current.status()) {
                models.appendStatus(id, valid.status(), valid.statusFrom());
            }
            audit.record(AuditEntry.success("programme.model.update", TYPE, id));
            return models.find(id).orElseThrow();
        });
    }

    @Override
    public Model find(long id) {
        access.reader("programme.model.read", TYPE, id);
        return models.find(id).orElseThrow(() -> new NotFoundException(TYPE));
    }

    @Override
    public List<Model> models() {
        access.reader("programme.model.list", TYPE, null);
        return models.all();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
