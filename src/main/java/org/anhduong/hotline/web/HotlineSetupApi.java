package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.hotline.CategoryInput;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.hotline.LineInput;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The hotline's reference data: lines and the category tree. Read by everyone signed in, managed by administrators. */
@RestController
@RequestMapping(HotlineSetupApi.PATH)
@Tag(name = "Hotline")
class HotlineSetupApi {

    static final String PATH = "/api/v1/hotline";

    private final Hotline hotline;

    HotlineSetupApi(Hotline hotline) {
        this.hotline = hotline;
    }

    @GetMapping("/categories")
    @Operation(summary = "The category tree",
            description = "Roots and children by sort order, inactive ones included (old contacts carry them). "
                    + "`gbvRelated` tells which categories make a contact GBV-related.")
    List<CategoryNode> categories() {
        return hotline.categories();
    }

    @PostMapping("/categories")
    @Operation(summary = "Add a category (administrators)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Online violence under GBV", value = ApiExamples.CATEGORY))))
    ResponseEntity<CategoryNode> addCategory(@RequestBody CategoryInput input) {
        CategoryNode node = hotline.addCategory(input);
        return Versions.created(PATH + "/categories/" + node.code(), node.version(), node);
    }

    @PutMapping("/categories/{code}")
    @Operation(summary = "Change a category's names, marks, order or activity (administrators); If-Match required")
    ResponseEntity<CategoryNode> updateCategory(@PathVariable String code, @RequestBody CategoryInput input,
                                                @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        CategoryNode node = hotline.updateCategory(code, Versions.fromIfMatch(ifMatch, "hotline"), input);
        return Versions.ok(node.version(), node);
    }

    @GetMapping("/lines")
    @Operation(summary = "Every hotline line")
    List<HotlineLine> lines() {
        return hotline.lines();
    }

    @PostMapping("/lines")
    @Operation(summary = "Add a line (administrators)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Provincial hotline", value = ApiExamples.LINE))))
    ResponseEntity<HotlineLine> addLine(@RequestBody LineInput input) {
        HotlineLine line = hotline.addLine(input);
        return Versions.created(PATH + "/lines/" + line.id(), line.version(), line);
    }

    @PutMapping("/lines/{id}")
    @Operation(summary = "Change a line (administrators); If-Match required")
    ResponseEntity<HotlineLine> updateLine(@PathVariable long id, @RequestBody LineInput input,
                                           @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        HotlineLine line = hotline.updateLine(id, Versions.fromIfMatch(ifMatch, "hotline"), input);
        return Versions.ok(line.version(), line);
    }
}
