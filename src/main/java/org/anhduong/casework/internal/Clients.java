package org.anhduong.casework.internal;

import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Disability;
import org.anhduong.casework.DisabilityKind;
import org.anhduong.casework.MaritalStatus;
import org.anhduong.casework.Occupation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients with their phones and name tokens. Personal fields are encrypted; phones, căn cước and names indexed. */
@Repository
public class Clients {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final FigureUpkeep figures;

    Clients(JdbcClient jdbc, FieldCipher cipher, BlindIndex index, FigureUpkeep figures) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.figures = figures;
    }

    long insert(ValidClient client, String survivorCode, long organisationId, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_clients (organisation_id, survivor_code, full_name_enc, name_bidx,
                               other_names_enc, date_of_birth_enc, birth_year, age_group, sex, id_number_enc, id_bidx,
                               address_enc, ethnicity, nationality, disability, disability_kind, commune_code,
                               marital_status, occupation, version, created_by, created_at, updated_at)
                        VALUES (:org, :code, :name, :nameBidx, :otherNames, :birth, :birthYear, :ageGroup, :sex, :idNumber,
                               :idBidx, :address, :ethnicity, :nationality, :disability, :disabilityKind, :commune,
                               :marital, :occupation, 0, :user, :now, :now)""")
                .params(params(client))
                .param("org", organisationId).param("code", survivorCode).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceIndexes(id, client);
        return id;
    }

    boolean update(long id, int version, ValidClient client, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE casework_clients SET full_name_enc = :name, name_bidx = :nameBidx,
                               other_names_enc = :otherNames, date_of_birth_enc = :birth, birth_year = :birthYear,
                               age_group = :ageGroup, sex = :sex, id_number_enc = :idNumber, id_bidx = :idBidx,
                               address_enc = :address, ethnicity = :ethnicity, nationality = :nationality,
                               disability = :disability, disability_kind = :disabilityKind, commune_code = :commune,
                               marital_status = :marital, occupation = :occupation, version = version + 1,
                               updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(client))
                .param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update();
        if (rows == 1) {
            replaceIndexes(id, client);
            figures.clientChanged(id);
        }
        return rows == 1;
    }

    /** The client, with no access check: callers check access themselves (see {@link CaseAccess}). */
    public Optional<Client> find(long id) {
        return jdbc.sql("SELECT * FROM casework_clients WHERE id = :id").param("id", id).query(this::map).optional();
    }

    Optional<ClientName> name(long id) {
        return jdbc.sql("SELECT id, survivor_code, full_name_enc, other_names_enc FROM casework_clients WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new ClientName(rs.getLong("id"), rs.getString("survivor_code"),
                        cipher.decrypt(rs.getString("full_name_enc"), CaseworkColumns.FULL_NAME),
                        cipher.decrypt(rs.getString("other_names_enc"), CaseworkColumns.OTHER_NAMES)))
                .optional();
    }

    private Map<String, Object> params(ValidClient client) {
        ClientDetails d = client.details();
        Map<String, Object> params = new HashMap<>();
        params.put("name", cipher.encrypt(d.fullName(), CaseworkColumns.FULL_NAME));
        params.put("nameBidx", client.foldedName() == null ? null : index.of(CaseworkColumns.NAME_INDEX, client.foldedName()));
        params.put("otherNames", cipher.encrypt(d.otherNames(), CaseworkColumns.OTHER_NAMES));
        params.put("birth", cipher.encrypt(d.dateOfBirth(), CaseworkColumns.DATE_OF_BIRTH));
        params.put("birthYear", client.birthYear());
        params.put("ageGroup", name(d.ageGroup()));
        params.put("sex", name(d.sex()));
        params.put("idNumber", cipher.encrypt(d.idNumber(), CaseworkColumns.ID_NUMBER));
        params.put("idBidx", d.idNumber() == null ? null : index.of(CaseworkColumns.ID_INDEX, d.idNumber()));
        params.put("address", cipher.encrypt(d.address(), CaseworkColumns.ADDRESS));
        params.put("ethnicity", d.ethnicity());
        params.put("nationality", d.nationality());
        params.put("disability", name(d.disability()));
        params.put("disabilityKind", name(d.disabilityKind()));
        params.put("commune", d.communeCode());
        params.put("marital", name(d.maritalStatus()));
        params.put("occupation", name(d.occupation()));
        return params;
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private void replaceIndexes(long id, ValidClient client) {
        jdbc.sql("DELETE FROM casework_client_phones WHERE client_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM casework_client_name_tokens WHERE client_id = :id").param("id", id).update();
        List<String> phones = client.phones();
        for (int i = 0; i < phones.size(); i++) {
            jdbc.sql("""
                            INSERT INTO casework_client_phones (client_id, position, phone_enc, phone_bidx)
                            VALUES (:id, :position, :phone, :bidx)""")
                    .param("id", id).param("position", i)
                    .param("phone", cipher.encrypt(phones.get(i), CaseworkColumns.PHONE))
                    .param("bidx", index.of(CaseworkColumns.PHONE_INDEX, phones.get(i)))
                    .update();
        }
        for (String token : client.nameTokens()) {
            jdbc.sql("INSERT INTO casework_client_name_tokens (client_id, token_bidx) VALUES (:id, :bidx)")
                    .param("id", id).param("bidx", index.of(CaseworkColumns.TOKEN_INDEX, token)).update();
        }
    }

    private List<String> phonesOf(long id) {
        return jdbc.sql("SELECT phone_enc FROM casework_client_phones WHERE client_id = :id ORDER BY position")
                .param("id", id).query(String.class).list().stream()
                .map(value -> cipher.decrypt(value, CaseworkColumns.PHONE)).toList();
    }

    private Client map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String kind = rs.getString("disability_kind");
        var details = new ClientDetails(null, null, Sex.valueOf(rs.getString("sex")),
                cipher.decrypt(rs.getString("date_of_birth_enc"), CaseworkColumns.DATE_OF_BIRTH),
                AgeGroup.valueOf(rs.getString("age_group")),
                cipher.decrypt(rs.getString("id_number_enc"), CaseworkColumns.ID_NUMBER), phonesOf(id),
                cipher.decrypt(rs.getString("address_enc"), CaseworkColumns.ADDRESS), rs.getString("ethnicity"),
                rs.getString("nationality"), Disability.valueOf(rs.getString("disability")),
                kind == null ? null : DisabilityKind.valueOf(kind), rs.getString("commune_code"),
                MaritalStatus.valueOf(rs.getString("marital_status")), Occupation.valueOf(rs.getString("occupation")));
        int birthYear = rs.getInt("birth_year");
        return new Client(id, rs.getInt("version"), rs.getString("survivor_code"), rs.getLong("organisation_id"),
                rs.wasNull() ? null : birthYear, details, rs.getString("full_name_enc") != null);
    }
}
