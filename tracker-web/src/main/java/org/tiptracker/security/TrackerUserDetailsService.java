package org.tiptracker.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.account.AppUserEntity;
import org.tiptracker.account.AppUserRepository;

@Service
class TrackerUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;
    /**
     * A hash of a random password nobody knows: an account that cannot sign in (no password set yet,
     * disabled) is checked against it, so that it fails the same way, in the same time, as a wrong
     * password (an unusable hash used to fail at once: 10 ms against 320 ms told which accounts exist).
     */
    private final String nobodysHash;

    TrackerUserDetailsService(AppUserRepository users, Clock clock,
                              org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.users = users;
        this.clock = clock;
        this.nobodysHash = encoder.encode(java.util.UUID.randomUUID() + "-" + System.nanoTime());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUserEntity user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String iso3 = user.getParticipant() == null ? null : user.getParticipant().getIso3();
        String hash = user.getPasswordHash();
        boolean usable = user.isEnabled() && hash != null && hash.startsWith("$2");
        return new TrackerUser(user.getUsername(), usable ? hash : nobodysHash, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole())), user.getRole(), iso3);
    }
}
