package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.hotline.telephony.IssuedSecret;
import org.anhduong.hotline.telephony.LineSecrets;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A line's telephony secret, for the administrator who connects its PBX. */
@RestController
@Tag(name = "Telephony")
class TelephonySecretApi {

    private final LineSecrets secrets;

    TelephonySecretApi(LineSecrets secrets) {
        this.secrets = secrets;
    }

    @PostMapping(HotlineSetupApi.PATH + "/lines/{id}/telephony-secret")
    @Operation(summary = "Issue or rotate a line's telephony secret (administrators)",
            description = "Returns the new secret once; it cannot be read again. A previous secret stops working at "
                    + "once, so configure the PBX with the new one straight away. Audited.")
    ResponseEntity<IssuedSecret> issue(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(secrets.issue(id));
    }
}
