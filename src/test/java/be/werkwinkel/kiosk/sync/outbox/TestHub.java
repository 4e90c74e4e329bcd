package be.werkwinkel.kiosk.sync.outbox;

import be.werkwinkel.kiosk.sync.HubLink;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

/**
 * Test helpers for the terminal side: a key pair that plays the hub's (the same HPKE parameters
 * as the hub's {@code HubKeyPair}), and {@link HubLink}s without Spring: one that is not enrolled,
 * one that calls a real hub over HTTP with a terminal token.
 */
final class TestHub {

    private TestHub() {
    }

    static KeysetHandle newKeyPair() throws GeneralSecurityException {
        HybridConfig.register();
        return KeysetHandle.generateNew(HpkeParameters.builder()
                .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                .setVariant(HpkeParameters.Variant.TINK)
                .build());
    }

    /** Writes the public half where a terminal keeps the hub's key. */
    static void writePublicKey(KeysetHandle pair, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle()),
                StandardCharsets.UTF_8);
    }

    static HybridDecrypt decrypter(KeysetHandle pair) throws GeneralSecurityException {
        return pair.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
    }

    static OutboxSettings settings(int maxEntries, long maxBytes) {
        return new OutboxSettings(maxEntries, org.springframework.util.unit.DataSize.ofBytes(maxBytes),
                java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(2));
    }

    /** A terminal that was never enrolled. */
    static HubLink notEnrolled() {
        return new Link(null, null);
    }

    /** A terminal enrolled with {@code token} at the hub's terminal API {@code apiBase}. */
    static HubLink enrolled(String apiBase, String token) {
        return new Link(apiBase, token);
    }

    private static final class Link implements HubLink {

        private final @Nullable RestClient client;

        Link(@Nullable String apiBase, @Nullable String token) {
            this.client = apiBase == null || token == null ? null : RestClient.builder().baseUrl(apiBase)
                    .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(
                            java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build()))
                    .defaultHeaders(headers -> headers.setBearerAuth(token)).build();
        }

        @Override
        public RestClient api() {
            if (client == null) {
                throw new NotEnrolledException();
            }
            return client;
        }

        @Override
        public boolean enrolled() {
            return client != null;
        }

        @Override
        public boolean online() {
            return false;
        }

        @Override
        public Optional<Instant> lastContact() {
            return Optional.empty();
        }
    }
}
