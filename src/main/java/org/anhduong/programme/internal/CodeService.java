package org.anhduong.programme.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeDetails;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ProgrammeCodes;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.regex.Pattern;

/** The extendable lists (see {@link ProgrammeCodes}). */
@Service
class CodeService implements ProgrammeCodes {

    static final String TYPE = "programme-code";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final Codes codes;
    private final ProgrammeAccess access;
    private final AuditTrail audit;
    private final ProgrammeTransactions tx;

    CodeService(Codes codes, ProgrammeAccess access, AuditTrail audit, ProgrammeTransactions tx) {
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public List<Code> codes(CodeList list) {
        return codes.all(list);
    }

    @Override
    public Code save(CodeList list, CodeDetails details) {
        access.withRole(ProgrammeAccess.CODE_EDITORS, "programme.code.save", TYPE, null);
        var checks = new Checks();
        String code = checks.required("code", details.code());
        if (code != null && !CODE.matcher(code).matches()) {
            checks.add("code", "programme.code.format");
        }
        String vi = checks.required("nameVi", checks.text("nameVi", details.nameVi(), Checks.MAX_NAME));
        String en = checks.required("nameEn", checks.text("nameEn", details.nameEn(), Checks.MAX_NAME));
        checks.throwIfAny();
        return tx.run(() -> {
            codes.save(new Code(list, code, vi, en, !Boolean.FALSE.equals(details.active()), false));
            audit.record(AuditEntry.success("programme.code.save", TYPE, list.name() + ":" + code));
            return codes.find(list, code).orElseThrow();
        });
    }
}
