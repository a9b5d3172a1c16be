package org.recordpath.intake.accounts;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A bearer JWT from the configured OIDC issuer says who the caller is (claim {@code preferred_username}, else
 * {@code sub}); what they may do comes from their RecordPath account, as for a password sign-in: its role, its
 * patient binding, and whether it is enabled and not locked. A token for someone without an account is refused, so
 * an identity provider cannot grant access to patient records by itself.
 */
final class AccountJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final AccountUserDetails users;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    AccountJwtConverter(AccountUserDetails users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username =
                jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("the token names no user");
        }
        UserDetails account;
        try {
            account = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new InvalidBearerTokenException("the token's user has no RecordPath account");
        }
        try {
            status.check(account);
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("the token's account is disabled or locked");
        }
        return new JwtAuthenticationToken(jwt, account.getAuthorities(), account.getUsername());
    }
}
