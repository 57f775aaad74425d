package org.tiptracker.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.account.SignInAccounts;

@Service
class TrackerUserDetailsService implements UserDetailsService {

    private final SignInAccounts accounts;
    private final Clock clock;
    /**
     * A hash of a random password nobody knows: an account that cannot sign in (no password set yet,
     * disabled) is checked against it, so that it fails the same way, in the same time, as a wrong
     * password (an unusable hash used to fail at once: 10 ms against 320 ms told which accounts exist).
     */
    private final String nobodysHash;

    TrackerUserDetailsService(SignInAccounts accounts, Clock clock,
                              org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.accounts = accounts;
        this.clock = clock;
        this.nobodysHash = encoder.encode(java.util.UUID.randomUUID() + "-" + System.nanoTime());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        SignInAccounts.SignInAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new TrackerUser(account.username(), account.usable() ? account.passwordHash() : nobodysHash, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role())), account.role(), account.participantIso3());
    }
}
