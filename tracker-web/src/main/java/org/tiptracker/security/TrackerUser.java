package org.tiptracker.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account; a focal point also carries the ISO code of the participant it speaks for. */
public class TrackerUser extends User {

    private final String role;
    private final String participantIso3;

    TrackerUser(String username, String password, boolean enabled, boolean accountNonLocked,
                Collection<? extends GrantedAuthority> authorities, String role, String participantIso3) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.role = role;
        this.participantIso3 = participantIso3;
    }

    public String getRole() {
        return role;
    }

    public String getParticipantIso3() {
        return participantIso3;
    }
}
