<?php
/**
 * Drives the test WordPress from the command line (no browser): php wp.php PORT COMMAND [JSON]. Prints JSON.
 * Commands: install (fresh site, theme, permalinks, an Administrator and an Author), activate (the plugin),
 * post {user, title, content, meta?} (publishes as that user, so kses runs as for them), option {name, value},
 * registry (block types and shortcodes the plugin registered), options (stored option names mentioning the plugin),
 * option-names (every stored option but transients, and those whose name or value mentions the plugin), uninstall (deactivate and delete the plugin).
 */
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $port, $command ) = $argv;
$args                     = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();
$_SERVER['HTTP_HOST']     = '127.0.0.1:' . $port;
$_SERVER['REQUEST_URI']   = '/';
$_SERVER['SERVER_NAME']   = '127.0.0.1';
define( 'WP_INSTALLING', 'install' === $command );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here: the install's notice goes nowhere.

$out = array();
switch ( $command ) {
	case 'install':
		$result = wp_install( 'Clinic test site', 'admin', 'admin@example.test', true, '', 'admin-password' );
		switch_theme( 'twentytwentythree' );
		update_option( 'permalink_structure', '/%postname%/' );
		update_option( 'show_avatars', 0 ); // Avatars come from gravatar.com: none on an offline site.
		$out['admin']  = $result['user_id'];
		$out['author'] = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => 'author-password',
				'user_email' => 'author@example.test',
				'role'       => 'author',
			)
		);
		break;
	case 'activate':
		$result        = activate_plugin( 'glute-knots/glute-knots.php' );
		$out['active'] = ! is_wp_error( $result ) && is_plugin_active( 'glute-knots/glute-knots.php' );
		$out['error']  = is_wp_error( $result ) ? $result->get_error_message() : null;
		break;
	case 'post':
		$user = get_user_by( 'login', $args['user'] );
		wp_set_current_user( $user->ID );
		$out['unfiltered_html'] = current_user_can( 'unfiltered_html' );
		$id                     = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $args['title'],
					'post_content' => $args['content'],
					'post_status'  => 'publish',
					'post_author'  => $user->ID,
					'meta_input'   => isset( $args['meta'] ) ? $args['meta'] : array(),
				)
			),
			true
		);
		$out['id']      = is_wp_error( $id ) ? null : $id;
		$out['url']     = is_wp_error( $id ) ? null : get_permalink( $id );
		$out['saved']   = is_wp_error( $id ) ? $id->get_error_message() : get_post_field( 'post_content', $id, 'raw' );
		break;
	case 'option':
		$out['updated'] = update_option( $args['name'], $args['value'] );
		break;
	case 'registry':
		$blocks = array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() );
		$out['blocks']     = array_values( array_filter( $blocks, fn( $name ) => 0 === strpos( $name, 'glute-knots/' ) ) );
		$out['shortcodes'] = array_values( array_filter( array_keys( $GLOBALS['shortcode_tags'] ), fn( $tag ) => false !== strpos( $tag, 'stretch' ) || false !== strpos( $tag, 'glute' ) || false !== strpos( $tag, 'causes' ) ) );
		break;
	case 'options':
		global $wpdb;
		$out['options'] = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%glute%'" );
		break;
	case 'option-names':
		global $wpdb;
		$out['names']      = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name NOT LIKE '%transient%'" );
		$out['mentioning'] = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%glute%' OR option_value LIKE '%glute%'" );
		break;
	case 'uninstall': // Plugins > Deactivate, then Delete, as an Administrator.
		require_once ABSPATH . 'wp-admin/includes/file.php';
		wp_set_current_user( 1 );
		deactivate_plugins( 'glute-knots/glute-knots.php' );
		$result         = delete_plugins( array( 'glute-knots/glute-knots.php' ) );
		$out['deleted'] = true === $result;
		$out['error']   = is_wp_error( $result ) ? $result->get_error_message() : null;
		$out['folder']  = file_exists( WP_PLUGIN_DIR . '/glute-knots' );
		break;
	default:
		fwrite( STDERR, "Unknown command: $command\n" );
		exit( 1 );
}
echo wp_json_encode( $out );
