//! Integration tests of the site builder: each module builds a fixture site
//! into a temporary folder and checks one feature of the output.

mod base_url;
mod content;
mod examples;
mod feeds;
mod invalid;
mod output;
mod pages;
mod serve;
mod support;
mod tags;
