package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;

import java.util.List;

/**
 * A client with the same phone, căn cước, or folded name and birth year already exists. Confirm with
 * {@link NewCase#confirmNoDuplicate()} to open the case anyway, or open it for one of the {@link #clients()} the user
 * may read with {@link NewCase#clientId()}.
 *
 * @see #survivorCodes()
 */
public class PossibleDuplicateException extends ConflictException {

    private final transient List<KnownClient> clients;
    private final boolean elsewhere;

    public PossibleDuplicateException(List<KnownClient> clients, boolean elsewhere) {
        super("possible-duplicate", "casework.duplicate.found");
        this.clients = List.copyOf(clients);
        this.elsewhere = elsewhere;
    }

    /**
     * A matching client of a case the user may read: the case may be opened for her instead
     * ({@link NewCase#clientId()}).
     */
    public record KnownClient(long clientId, String survivorCode) {
    }

    /** The matching clients whose cases the user may read, by survivor code. */
    public List<KnownClient> clients() {
        return clients;
    }

    /** The survivor codes of {@link #clients()}. */
    public List<String> survivorCodes() {
        return clients.stream().map(KnownClient::survivorCode).toList();
    }

    /** A match exists that the user may not see (another organisation, or a case outside their team). */
    public boolean elsewhere() {
        return elsewhere;
    }
}
