package io.successdesk.jira.security;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.successdesk.app.security.AdminSessionRequiredException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WebSudoAdminSessionGuardTest {

    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    @Test
    void shouldAllowTheChangeWhenWebSudoAcceptsTheRequest() {
        when(webSudo.canExecuteRequest(request)).thenReturn(true);

        assertThatCode(() -> new WebSudoAdminSessionGuard(webSudo, () -> request).requireSecureAdminSession())
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRequireASecureSessionWhenWebSudoRefusesTheRequest() {
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        assertThatThrownBy(() -> new WebSudoAdminSessionGuard(webSudo, () -> request).requireSecureAdminSession())
                .isInstanceOf(AdminSessionRequiredException.class);
    }

    @Test
    void shouldRefuseWhenThereIsNoCurrentRequest() {
        assertThatThrownBy(() -> new WebSudoAdminSessionGuard(webSudo, () -> null).requireSecureAdminSession())
                .isInstanceOf(AdminSessionRequiredException.class);
    }
}
