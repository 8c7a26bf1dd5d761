package org.anhduong.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask about users and organisations. They never read identity's tables. */
public interface UserDirectory {

    Optional<UserAccount> findUser(long id);

    /**
     * The users with these ids that exist, in no particular order, in a fixed few statements however many they are:
     * for a page that names several users (a case's team, a list of cases), instead of one lookup per user.
     */
    List<UserAccount> findUsers(Collection<Long> ids);

    /**
     * The full names of the users with these ids that exist, by id: one statement, and none of the encrypted contact
     * details decrypted, for pages that only name people (a case's team on every read of a case file).
     */
    Map<Long, String> fullNames(Collection<Long> ids);

    /** The user who signs in with this username (compared as at sign-in: trimmed, lower case), if any. */
    Optional<UserAccount> findUserByUsername(String username);

    Optional<Organisation> findOrganisation(long id);

    /** Active users of an organisation who hold a role (e.g. its case workers, to assign a case), by name. */
    List<UserAccount> activeUsersWithRole(long organisationId, String role);

    /**
     * The same users' ids and names only, by name: one statement and nothing decrypted, for a list to choose from that
     * is shown on every view of a page (the case workers a supervisor may assign a case to).
     */
    List<UserName> activeUserNamesWithRole(long organisationId, String role);

    /** Active organisations, by name. */
    List<Organisation> activeOrganisations();
}
