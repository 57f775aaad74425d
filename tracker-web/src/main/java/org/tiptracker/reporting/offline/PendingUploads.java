package org.tiptracker.reporting.offline;

import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * Uploads shown in a preview and waiting to be applied, kept in the user's session under one-time
 * tokens; at most {@link #MAX_PENDING} at once (the oldest is forgotten first).
 */
final class PendingUploads {

    static final String PENDING = OfflineController.class.getName() + ".pending";
    static final int MAX_PENDING = 3;

    private PendingUploads() {
    }

    /** An upload waiting to be applied. */
    record PendingUpload(long reportId, byte[] content, String fileName) implements Serializable {
    }

    @SuppressWarnings("unchecked")
    static String remember(HttpSession session, PendingUpload upload) {
        synchronized (session) {
            Map<String, PendingUpload> pending = (Map<String, PendingUpload>) session.getAttribute(PENDING);
            if (pending == null) {
                pending = new LinkedHashMap<>();
            }
            while (pending.size() >= MAX_PENDING) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            String token = UUID.randomUUID().toString();
            pending.put(token, upload);
            session.setAttribute(PENDING, pending);
            return token;
        }
    }

    @SuppressWarnings("unchecked")
    static PendingUpload take(HttpSession session, String token) {
        if (token == null) {
            return null;
        }
        synchronized (session) {
            Map<String, PendingUpload> pending = (Map<String, PendingUpload>) session.getAttribute(PENDING);
            if (pending == null) {
                return null;
            }
            PendingUpload upload = pending.remove(token);
            session.setAttribute(PENDING, pending);
            return upload;
        }
    }
}
