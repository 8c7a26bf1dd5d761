package org.anhduong.geography.web;

import org.anhduong.platform.web.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded units file as text. Decoding is strict: a file saved in a legacy encoding (TCVN3, Windows-1258)
 * would otherwise be imported with every Vietnamese name garbled.
 */
final class CsvUpload {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private CsvUpload() {
    }

    static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(ImportView.FILE, "geography.csv.tooLarge");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(ImportView.FILE, "geography.csv.encoding");
        }
    }
}
