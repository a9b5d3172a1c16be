package org.recordpath.extraction.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.model.fact.ReadMethod;

/** Reads a UTF-8 text file as one page whose words are its whitespace-separated tokens. */
final class PlainTextPages {
    /** Text files larger than this are refused: a medical record typed as text is far smaller. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private PlainTextPages() {}

    static ReadDocument read(SourceDocument document) throws UnreadableDocumentException {
        String id = document.id();
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            if (Files.size(document.path()) > MAX_BYTES) {
                throw new UnreadableDocumentException(
                        id, "this text file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] bytes = Files.readAllBytes(document.path());
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, StandardCharsets.UTF_8);
                warnings.add("some characters of this text file are not UTF-8 and were replaced");
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(id, "the stored file could not be opened", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        return new ReadDocument(
                id,
                DocumentKind.TEXT,
                List.of(new PageText(1, text, ReadMethod.PLAIN_TEXT, words(text), 1.0)),
                warnings);
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(start, i, null, 1.0));
            }
        }
        return words;
    }
}
