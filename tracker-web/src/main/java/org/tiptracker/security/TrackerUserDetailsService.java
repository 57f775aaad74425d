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

    TrackerUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUserEntity user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String iso3 = user.getParticipant() == null ? null : user.getParticipant().getIso3();
        return new TrackerUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                !user.isLockedAt(clock.instant()), List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole())),
                user.getRole(), iso3);
    }
}
