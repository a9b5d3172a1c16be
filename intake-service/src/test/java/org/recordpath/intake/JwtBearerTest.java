package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bearer JWTs on the API when an OIDC issuer's key is configured: the token names the user, the RecordPath account
 * decides what they may see. Tokens are signed here with a key pair made for the test; its public half is the
 * configured {@code public-key-location}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JwtBearerTest {
    private static final KeyPair ISSUER = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pub");
        pem.toFile().deleteOnExit();
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(ISSUER.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair key, String username, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .issueTime(new Date())
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private int status(String path, String bearer) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + bearer))
                .andReturn();
        return result.getResponse().getStatus();
    }

    @Test
    void aValidTokenActsAsTheNamedAccountWithThatAccountsRights() throws Exception {
        Instant later = Instant.now().plusSeconds(300);
        UUID own = accounts.viewer("patient").orElseThrow().patientId();

        assertThat(status("/api/patients", token(ISSUER, "navigator", later))).isEqualTo(200);
        assertThat(status("/api/patients/" + own + "/profile", token(ISSUER, "patient", later)))
                .isEqualTo(200);
        assertThat(status("/api/audit", token(ISSUER, "navigator", later))).isEqualTo(403);
        assertThat(status("/api/audit", token(ISSUER, "admin", later))).isEqualTo(200);
    }

    @Test
    void aTokenThatIsExpiredForeignOrForSomeoneWithoutAnAccountIsRefused() throws Exception {
        Instant later = Instant.now().plusSeconds(300);

        assertThat(status(
                        "/api/patients",
                        token(ISSUER, "navigator", Instant.now().minusSeconds(600))))
                .isEqualTo(401);
        assertThat(status("/api/patients", token(STRANGER, "navigator", later))).isEqualTo(401);
        assertThat(status("/api/patients", token(ISSUER, "nobody-" + UUID.randomUUID(), later)))
                .isEqualTo(401);
        assertThat(status("/api/patients", "not-a-jwt")).isEqualTo(401);
    }
}
