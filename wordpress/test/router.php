<?php
/**
 * Router for PHP's built-in server running Debian's WordPress (core in /usr/share/wordpress, wp-content in
 * /var/lib/wordpress/wp-content): the test server's stand-in for Apache's `Alias /wp-content` and permalink rewrite.
 * Start: php -S 127.0.0.1:PORT -t /usr/share/wordpress wordpress/test/router.php
 */
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}
$types = array(
	'js'    => 'text/javascript',
	'css'   => 'text/css',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'json'  => 'application/json',
	'woff2' => 'font/woff2',
	'woff'  => 'font/woff',
	'txt'   => 'text/plain',
);
if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = '/var/lib/wordpress' . $path;
	if ( ! is_file( $file ) ) {
		http_response_code( 404 );
		return true;
	}
	$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	if ( 'php' === $ext ) {
		http_response_code( 403 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( is_file( $file ) || ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false; // Core's own files and folders (wp-admin/, wp-login.php, wp-includes/...): the built-in server serves them.
}
// Everything else is a permalink: WordPress's front controller.
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
return true;
