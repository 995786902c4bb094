<?php
/**
 * Plugin Name: My Plugin
 * Description: Starter plugin.
 * Version: 0.1.0
 * Requires PHP: 7.4
 */

if (!defined('ABSPATH')) { exit; }

register_activation_hook(__FILE__, function () {
    add_option('my_plugin_options', ['enabled' => true]);
});

add_action('admin_init', function () {
    register_setting('my_plugin', 'my_plugin_options', [
        'sanitize_callback' => function ($v) { return ['enabled' => !empty($v['enabled'])]; },
    ]);
});

add_action('admin_menu', function () {
    add_options_page('My Plugin', 'My Plugin', 'manage_options', 'my-plugin', function () {
        if (!current_user_can('manage_options')) { return; }
        echo '<div class="wrap"><h1>My Plugin</h1><form method="post" action="options.php">';
        settings_fields('my_plugin');
        submit_button();
        echo '</form></div>';
    });
});
