package org.dyad.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

@IntegrationTest
class UsersViewIT extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void an_admin_adds_an_analyst_and_a_too_short_password_is_refused_with_the_reason() {
        signInAs("admin", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/users");

        _click(_get(Button.class, spec -> spec.withId("add-user")));
        Dialog dialog = _get(Dialog.class);
        _get(dialog, TextField.class, spec -> spec.withId("new-username")).setValue("desk.officer");
        _get(dialog, PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        NotificationsKt.expectNotifications("A password needs at least 10 characters.");
        assertThat(users.exists("desk.officer")).isFalse();
        assertThat(dialog.isOpened()).isTrue();

        _get(dialog, PasswordField.class, spec -> spec.withId("new-password")).setValue("correct horse battery");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        assertThat(users.exists("desk.officer")).isTrue();
        assertThat(users.all().stream().filter(u -> u.username().equals("desk.officer")).findFirst().orElseThrow().roles())
                .containsExactly(Role.ANALYST);
        assertThat(dialog.isOpened()).isFalse();
    }
}
