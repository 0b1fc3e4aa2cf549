package io.successdesk.jira.security;

import com.atlassian.jira.web.ExecutingHttpRequest;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.successdesk.app.security.AdminSessionRequiredException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The current request comes from Jira's static {@link ExecutingHttpRequest#get()}, stubbed here per test. */
class WebSudoAdminSessionGuardTest {

    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final MockedStatic<ExecutingHttpRequest> executing = mockStatic(ExecutingHttpRequest.class);
    private final WebSudoAdminSessionGuard guard = new WebSudoAdminSessionGuard(webSudo);

    @AfterEach
    void closeStaticMock() {
        executing.close();
    }

    @Test
    void shouldAllowTheChangeWhenWebSudoAcceptsTheRequest() {
        executing.when(ExecutingHttpRequest::get).thenReturn(request);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);

        assertThatCode(guard::requireSecureAdminSession).doesNotThrowAnyException();
    }

    @Test
    void shouldRequireASecureSessionWhenWebSudoRefusesTheRequest() {
        executing.when(ExecutingHttpRequest::get).thenReturn(request);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        assertThatThrownBy(guard::requireSecureAdminSession).isInstanceOf(AdminSessionRequiredException.class);
    }

    @Test
    void shouldRefuseWhenThereIsNoCurrentRequest() {
        executing.when(ExecutingHttpRequest::get).thenReturn(null);

        assertThatThrownBy(guard::requireSecureAdminSession).isInstanceOf(AdminSessionRequiredException.class);
    }
}
