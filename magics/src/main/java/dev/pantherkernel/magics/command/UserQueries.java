package dev.pantherkernel.magics.command;

/** The GraphQL of the user and role commands. */
final class UserQueries {

    private UserQueries() {
    }

    static final String USER_FIELDS = "id email givenName familyName status enabled createdAt lastLoggedInAt role { id name permissions }";
    static final String ROLE_FIELDS = "id name permissions logTypeAccessKind logTypeAccess createdAt updatedAt";

    static final String USERS = "query PantherKernelUsers { users { " + USER_FIELDS + " } }";
    static final String ROLES = "query PantherKernelRoles($input: RolesInput) { roles(input: $input) { " + ROLE_FIELDS + " } }";
    static final String ROLE_BY_NAME = "query PantherKernelRoleByName($name: String!) { roleByName(name: $name) { id name } }";

    static final String INVITE = "mutation PantherKernelInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { "
            + USER_FIELDS + " } } }";
    static final String UPDATE_USER = "mutation PantherKernelUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { user { "
            + USER_FIELDS + " } } }";
    static final String DELETE_USER = "mutation PantherKernelDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) { id } }";

    static final String CREATE_ROLE = "mutation PantherKernelCreateRole($input: CreateRoleInput!) { createRole(input: $input) { role { "
            + ROLE_FIELDS + " } } }";
    static final String UPDATE_ROLE = "mutation PantherKernelUpdateRole($input: UpdateRoleInput!) { updateRole(input: $input) { role { "
            + ROLE_FIELDS + " } } }";
    static final String DELETE_ROLE = "mutation PantherKernelDeleteRole($input: DeleteRoleInput!) { deleteRole(input: $input) { id } }";
}
