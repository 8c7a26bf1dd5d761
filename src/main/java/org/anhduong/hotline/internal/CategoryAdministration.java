package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.CategoryInput;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/** The category tree: everyone signed in reads it, administrators extend and adjust it. */
@Component
class CategoryAdministration {

    static final String RECORD_TYPE = "hotlineCategory";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final Categories categories;
    private final ContactAccess access;
    private final AuditTrail audit;

    CategoryAdministration(Categories categories, ContactAccess access, AuditTrail audit) {
        this.categories = categories;
        this.access = access;
        this.audit = audit;
    }

    List<CategoryNode> tree() {
        access.signedIn();
        return categories.tree().nodes();
    }

    CategoryNode add(CategoryInput input) {
        access.administrator("hotlineCategory.create", RECORD_TYPE);
        CategoryTree tree = categories.tree();
        Check check = new Check();
        String code = check.requiredText("code", input.code(), 40);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            check.problem("code", "hotline.category.code");
        } else if (tree.exists(code)) {
            check.problem("code", "hotline.category.duplicate");
        }
        String parent = check.text("parentCode", input.parentCode(), 40);
        if (parent != null && !tree.exists(parent)) {
            check.problem("parentCode", "hotline.category.unknown");
        }
        CategoryRow row = row(check, code, parent, input, 0);
        categories.insert(row);
        audit.record(AuditEntry.success("hotlineCategory.create", RECORD_TYPE, code));
        return categories.tree().node(code);
    }

    CategoryNode update(String code, int version, CategoryInput input) {
        access.administrator("hotlineCategory.update", RECORD_TYPE);
        CategoryTree tree = categories.tree();
        if (!tree.exists(code)) {
            throw new NotFoundException(RECORD_TYPE);
        }
        CategoryRow row = row(new Check(), code, tree.node(code).parentCode(), input, version);
        if (!categories.update(row, version)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success("hotlineCategory.update", RECORD_TYPE, code));
        return categories.tree().node(code);
    }

    /** Checks the names and fills the defaults; throws with every problem found so far. */
    private static CategoryRow row(Check check, String code, @Nullable String parent, CategoryInput input, int version) {
        String nameVi = check.requiredText("nameVi", input.nameVi(), 200);
        String nameEn = check.requiredText("nameEn", input.nameEn(), 200);
        check.throwIfAny();
        return new CategoryRow(code, parent, Boolean.TRUE.equals(input.gbv()), Boolean.TRUE.equals(input.selfHarm()),
                nameVi, nameEn, input.active() == null || input.active(), input.sort() == null ? 0 : input.sort(), version);
    }
}
