package org.jinguo.identity.account;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up the accounts people log in with: their roles as {@code ROLE_<role>} authorities, and
 * whether they are locked out after repeated failed logins.
 */
@Service
@RequiredArgsConstructor
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = jdbc.sql("""
                select id, username, password_hash, enabled, coalesce(locked_until > now(), false) as locked
                from account where username = :username
                """)
                .param("username", username)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        List<SimpleGrantedAuthority> roles = jdbc.sql("select role from account_role where account_id = :id order by role")
                .param("id", account.id())
                .query((rs, n) -> new SimpleGrantedAuthority("ROLE_" + rs.getString("role")))
                .list();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.locked())
                .authorities(roles)
                .build();
    }

    private record Account(UUID id, String username, String passwordHash, boolean enabled, boolean locked) {
    }
}
