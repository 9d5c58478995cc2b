package io.marketwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fd12:3456::1", "fe80::1", "224.0.0.1"})
    void privateLoopbackAndLinkLocalAddressesAreRefused(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "172.32.0.1"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void aNameThatResolvesToTheMachineItselfIsRefused() {
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://localhost:8080/feed")))
                .isInstanceOf(FetchException.class).hasMessageContaining("resolves to the private address");
    }

    @Test
    void otherSchemesAreRefusedEvenWhenPrivateAddressesAreAllowed() {
        assertThatThrownBy(() -> new AddressGuard(true).check(URI.create("file:///etc/passwd")))
                .hasMessage("refused: only http and https can be fetched, not file:");
        assertThatCode(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1/feed"))).doesNotThrowAnyException();
    }
}
