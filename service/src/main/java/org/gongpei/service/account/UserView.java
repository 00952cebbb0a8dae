package org.gongpei.service.account;

import java.util.Arrays;
import java.util.List;

/** A user as the API shows it (never the password hash). */
public record UserView(String username, String role, boolean allCounties, String province, List<String> counties,
        boolean mustChangePassword, boolean enabled) {

    static UserView of(UserAccount user) {
        return new UserView(user.username, user.role, user.allCounties || Roles.ADMIN.equals(user.role), user.province,
                Arrays.asList(user.counties), user.mustChangePassword, user.enabled);
    }
}
