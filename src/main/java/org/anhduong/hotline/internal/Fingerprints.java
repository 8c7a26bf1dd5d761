package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactDraft;
import org.anhduong.platform.crypto.BlindIndex;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What makes two requests "the same" for an Idempotency-Key: every component of the draft, with the categories as a
 * set. It is a keyed HMAC (the blind-index key), because the details hold a phone number, and a plain hash of a phone
 * number is reversed by trying the billion possible numbers. Reflection over the record's components keeps a field
 * added to the draft from being forgotten here.
 */
final class Fingerprints {

    private static final RecordComponent[] COMPONENTS = ContactDraft.class.getRecordComponents();

    private Fingerprints() {
    }

    static String of(ContactDraft draft, BlindIndex index) {
        String canonical = Arrays.stream(COMPONENTS)
                .map(component -> component.getName() + "=" + canonical(value(component, draft)))
                .collect(Collectors.joining("\u001f"));
        return index.of(HotlineColumns.IDEMPOTENCY, canonical);
    }

    private static String canonical(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).sorted().distinct().toList().toString();
        }
        return value instanceof Collection<?> set ? set.stream().map(String::valueOf).sorted().toList().toString()
                : String.valueOf(value);
    }

    private static Object value(RecordComponent component, ContactDraft draft) {
        try {
            return component.getAccessor().invoke(draft);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the draft component " + component.getName(), e);
        }
    }
}
