package org.recordpath.extraction.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;

/** Tells a document's kind from its first bytes, never from its name, and refuses web pages and scripts. */
public final class KindSniffer {
    static final String NOT_A_DOCUMENT = "this file is not a PDF, image, text or FHIR document";

    private static final int HEAD = 64 * 1024;
    private static final Pattern RESOURCE_TYPE = Pattern.compile("\"resourceType\"\\s*:\\s*\"[A-Z][A-Za-z]+\"");
    private static final Pattern FHIR_NAMESPACE = Pattern.compile("xmlns\\s*=\\s*[\"']http://hl7\\.org/fhir[\"']");
    private static final Pattern PROLOG = Pattern.compile("(?s)^(<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\\s+)*");
    private static final Pattern HTML = Pattern.compile(
            "(?is)^(<!doctype\\s+html|<html|<head|<body|<script|<iframe|<meta|<title|<div|<a\\s|<form|<svg|<\\?php)");

    private KindSniffer() {}

    /** The kind of a stored document from its first bytes; see {@link DocumentReader#sniff}. */
    public static DocumentKind sniff(SourceDocument document) throws UnreadableDocumentException {
        byte[] head;
        try (InputStream in = Files.newInputStream(document.path())) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "the stored file could not be opened", e);
        }
        if (head.length == 0) {
            throw new UnreadableDocumentException(document.id(), "this file is empty");
        }
        return sniff(document.id(), head);
    }

    static DocumentKind sniff(String documentId, byte[] head) throws UnreadableDocumentException {
        DocumentKind binary = binaryKind(head);
        if (binary != null) {
            return binary;
        }
        String text = asText(head);
        if (text == null) {
            return DocumentKind.UNKNOWN;
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new UnreadableDocumentException(documentId, "this file holds no text");
        }
        if (start.startsWith("#!")) {
            throw new UnreadableDocumentException(documentId, "this file is a script, not a document");
        }
        if (HTML.matcher(start).lookingAt()) {
            throw new UnreadableDocumentException(
                    documentId, "this file is a web page (HTML), not a document: save or print it as a PDF");
        }
        if (start.startsWith("{")) {
            return RESOURCE_TYPE.matcher(start).find() ? DocumentKind.FHIR_JSON : DocumentKind.TEXT;
        }
        if (start.startsWith("<")) {
            return xmlKind(documentId, start);
        }
        return DocumentKind.TEXT;
    }

    private static DocumentKind binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return DocumentKind.PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return DocumentKind.JPEG;
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return DocumentKind.TIFF;
        }
        // the PDF header may follow a little junk (readers accept it within the first 1024 bytes)
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return i == 0 || !looksLikeMarkup(b, i) ? DocumentKind.PDF : null;
            }
        }
        return null;
    }

    private static boolean looksLikeMarkup(byte[] b, int end) {
        String before = new String(b, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return before.contains("<html") || before.contains("<script") || before.contains("<!doctype");
    }

    private static DocumentKind xmlKind(String documentId, String start) throws UnreadableDocumentException {
        var prolog = PROLOG.matcher(start);
        String rest = prolog.lookingAt() ? start.substring(prolog.end()) : start;
        int close = rest.indexOf('>');
        String root = close < 0 ? rest : rest.substring(0, close);
        if (HTML.matcher(rest).lookingAt() || root.toLowerCase(Locale.ROOT).startsWith("<html")) {
            throw new UnreadableDocumentException(
                    documentId, "this file is a web page (HTML), not a document: save or print it as a PDF");
        }
        if (FHIR_NAMESPACE.matcher(root).find()) {
            return DocumentKind.FHIR_XML;
        }
        throw new UnreadableDocumentException(documentId, "this XML file is not a FHIR document");
    }

    /** The bytes as text if they are UTF-8 (a character cut at the end of the sample is allowed) without NULs. */
    static String asText(byte[] head) {
        int length = head.length;
        if (length == HEAD) {
            while (length > HEAD - 4 && (head[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > HEAD - 4 && (head[length - 1] & 0xC0) == 0xC0) {
                length--;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return null;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 100 > text.length() ? null : text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
