package org.anhduong.hotline.internal;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactSummary;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Relation;
import org.anhduong.hotline.ServiceGiven;
import org.anhduong.hotline.Sex;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads hotline_contacts rows back into contacts (decrypting) and summaries (not decrypting anything). */
final class ContactRows {

    private ContactRows() {
    }

    static Contact contact(ResultSet rs, FieldCipher cipher, List<String> categories, List<String> caseRefs)
            throws SQLException {
        ContactDraft details = details(rs, cipher, categories);
        var talk = details.talkTime();
        return new Contact(rs.getLong("id"), rs.getInt("version"), counsellor(rs),
                rs.getLong("organisation_id"), details, rs.getBoolean("gbv_related"), rs.getBoolean("self_harm"),
                talk == null ? null : talk.toSeconds(), caseRefs, instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static ContactSummary summary(ResultSet rs, List<String> categories) throws SQLException {
        return new ContactSummary(rs.getLong("id"), instant(rs, "received_at"), lineId(rs),
                Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
                ContactType.valueOf(rs.getString("contact_type")), categories, rs.getBoolean("gbv_related"),
                rs.getBoolean("self_harm"), Urgency.valueOf(rs.getString("urgency")),
                parse(Outcome.class, rs.getString("outcome")), rs.getBoolean("do_not_call_back"),
                rs.getBoolean("case_requested"), counsellor(rs));
    }

    private static ContactDraft details(ResultSet rs, FieldCipher cipher, List<String> categories) throws SQLException {
        return ContactDraft.of(ContactType.valueOf(rs.getString("contact_type")))
                .lineId(lineId(rs))
                .channel(Channel.valueOf(rs.getString("channel")))
                .direction(Direction.valueOf(rs.getString("direction")))
                .receivedAt(instant(rs, "received_at"))
                .answeredAt(nullableInstant(rs, "answered_at"))
                .endedAt(nullableInstant(rs, "ended_at"))
                .callerPhone(cipher.decrypt(rs.getString("caller_phone_enc"), HotlineColumns.PHONE))
                .callerPhoneWithheld(rs.getBoolean("caller_phone_withheld"))
                .callerName(cipher.decrypt(rs.getString("caller_name_enc"), HotlineColumns.NAME))
                .callerRelation(parse(Relation.class, rs.getString("caller_relation")))
                .callerSex(parse(Sex.class, rs.getString("caller_sex")))
                .callerAgeGroup(parse(AgeGroup.class, rs.getString("caller_age_group")))
                .concernedSex(parse(Sex.class, rs.getString("concerned_sex")))
                .concernedAgeGroup(parse(AgeGroup.class, rs.getString("concerned_age_group")))
                .localityCode(rs.getString("locality_code"))
                .categories(categories)
                .urgency(Urgency.valueOf(rs.getString("urgency")))
                .services(services(rs.getString("services")))
                .outcome(parse(Outcome.class, rs.getString("outcome")))
                .summary(cipher.decrypt(rs.getString("summary_enc"), HotlineColumns.SUMMARY))
                .doNotCallBack(rs.getBoolean("do_not_call_back"))
                .callBackFrom(rs.getObject("call_back_from", LocalTime.class))
                .callBackTo(rs.getObject("call_back_to", LocalTime.class))
                .callBackDue(nullableInstant(rs, "call_back_due"))
                .caseRequested(rs.getBoolean("case_requested"))
                .build();
    }

    private static @Nullable Long lineId(ResultSet rs) throws SQLException {
        long id = rs.getLong("line_id");
        return rs.wasNull() ? null : id;
    }

    /** Null for a missed call the telephony system recorded: nobody answered it. */
    private static @Nullable Long counsellor(ResultSet rs) throws SQLException {
        long id = rs.getLong("counsellor_id");
        return rs.wasNull() ? null : id;
    }

    private static Set<ServiceGiven> services(String stored) {
        EnumSet<ServiceGiven> services = EnumSet.noneOf(ServiceGiven.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).map(ServiceGiven::valueOf).forEach(services::add);
        return services;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
