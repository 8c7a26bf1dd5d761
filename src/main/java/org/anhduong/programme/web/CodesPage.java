package org.anhduong.programme.web;

import org.anhduong.programme.Code;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/** The three lists for administrators, with a form to add an entry. */
public record CodesPage(Map<String, List<Code>> lists, FormErrors errors, @Nullable String noticeKey) {
}
