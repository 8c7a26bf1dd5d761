package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ServiceGiven;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column values of a contact's details: personal fields encrypted, the number also as a blind index, enums by
 * name. Parameter names are the columns' names, so the SQL reads as the table.
 */
final class ContactColumns {

    /** Every column the details fill, in the table's order. */
    static final List<String> NAMES = List.of("line_id", "channel", "direction", "received_at", "answered_at",
            "ended_at", "caller_phone_enc", "phone_bidx", "caller_phone_withheld", "caller_name_enc", "caller_relation",
            "caller_sex", "caller_age_group", "concerned_sex", "concerned_age_group", "locality_code", "contact_type",
            "gbv_related", "self_harm", "urgency", "services", "outcome", "summary_enc", "do_not_call_back",
            "call_back_from", "call_back_to", "call_back_due", "case_requested");

    private ContactColumns() {
    }

    static Map<String, @Nullable Object> of(ValidContact contact, FieldCipher cipher, BlindIndex index) {
        ContactDraft d = contact.details();
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("line_id", d.lineId());
        values.put("channel", name(d.channel()));
        values.put("direction", name(d.direction()));
        values.put("received_at", timestamp(d.receivedAt()));
        values.put("answered_at", timestamp(d.answeredAt()));
        values.put("ended_at", timestamp(d.endedAt()));
        caller(d, cipher, index, values);
        values.put("locality_code", d.localityCode());
        values.put("contact_type", name(d.type()));
        values.put("gbv_related", contact.gbvRelated());
        values.put("self_harm", contact.selfHarm());
        values.put("urgency", name(d.urgency()));
        values.put("services", services(d.services()));
        values.put("outcome", name(d.outcome()));
        values.put("summary_enc", cipher.encrypt(d.summary(), HotlineColumns.SUMMARY));
        values.put("do_not_call_back", Boolean.TRUE.equals(d.doNotCallBack()));
        values.put("call_back_from", d.callBackFrom());
        values.put("call_back_to", d.callBackTo());
        values.put("call_back_due", timestamp(d.callBackDue()));
        values.put("case_requested", Boolean.TRUE.equals(d.caseRequested()));
        return values;
    }

    private static void caller(ContactDraft d, FieldCipher cipher, BlindIndex index, Map<String, @Nullable Object> values) {
        String phone = d.callerPhone();
        values.put("caller_phone_enc", cipher.encrypt(phone, HotlineColumns.PHONE));
        values.put("phone_bidx", phone == null ? null : index.of(HotlineColumns.PHONE_INDEX, phone));
        values.put("caller_phone_withheld", Boolean.TRUE.equals(d.callerPhoneWithheld()));
        values.put("caller_name_enc", cipher.encrypt(d.callerName(), HotlineColumns.NAME));
        values.put("caller_relation", name(d.callerRelation()));
        values.put("caller_sex", name(d.callerSex()));
        values.put("caller_age_group", name(d.callerAgeGroup()));
        values.put("concerned_sex", name(d.concernedSex()));
        values.put("concerned_age_group", name(d.concernedAgeGroup()));
    }

    /** "INFORMATION,REFERRAL": the draft keeps services in enum order, so equal sets give equal strings. */
    static String services(@Nullable Set<ServiceGiven> services) {
        return services == null ? "" : services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
