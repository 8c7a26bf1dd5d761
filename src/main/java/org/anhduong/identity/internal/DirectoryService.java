package org.anhduong.identity.internal;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.identity.UserName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class DirectoryService implements UserDirectory {

    private final Users users;
    private final Organisations organisations;

    DirectoryService(Users users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public Optional<UserAccount> findUser(long id) {
        return users.find(id);
    }

    @Override
    public List<UserAccount> findUsers(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findAll(ids);
    }

    @Override
    public Map<Long, String> fullNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.fullNames(ids);
    }

    @Override
    public Optional<UserAccount> findUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Organisation> findOrganisation(long id) {
        return organisations.find(id);
    }

    @Override
    public List<UserAccount> activeUsersWithRole(long organisationId, String role) {
        return users.activeWithRole(organisationId, role);
    }

    @Override
    public List<UserName> activeUserNamesWithRole(long organisationId, String role) {
        return users.activeNamesWithRole(organisationId, role);
    }

    @Override
    public List<Organisation> activeOrganisations() {
        return organisations.list(null, true);
    }
}
